-- A project file as version 1 of the app wrote it (workshop-app 0.1.0), frozen here so that
-- the migration tests start from the old schema itself, not from today's code stopped early.
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
CREATE TABLE "workshops" (
   "id" TEXT PRIMARY KEY,
   "title" TEXT NOT NULL,
   "date" TEXT,
   "place" TEXT,
   "organisations" TEXT,
   "facilitator" TEXT,
   "purpose" TEXT,
   "participants" INTEGER,
   "language" TEXT DEFAULT 'sv',
   "template_name" TEXT,
   "hidden_round" INTEGER DEFAULT 0,
   "position" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT NOT NULL
);
CREATE TABLE "focus_areas" (
   "id" TEXT PRIMARY KEY,
   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),
   "name" TEXT NOT NULL,
   "description" TEXT,
   "colour" TEXT,
   "position" INTEGER NOT NULL
);
CREATE TABLE "categories" (
   "id" TEXT PRIMARY KEY,
   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),
   "key" TEXT NOT NULL,
   "name" TEXT NOT NULL,
   "colour" TEXT,
   "icon" TEXT,
   "question" TEXT,
   "position" INTEGER NOT NULL
);
CREATE TABLE "themes" (
   "id" TEXT PRIMARY KEY,
   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),
   "focus_area_id" TEXT NOT NULL REFERENCES "focus_areas"("id"),
   "category_id" TEXT NOT NULL REFERENCES "categories"("id"),
   "title" TEXT NOT NULL,
   "summary" TEXT,
   "origin" TEXT NOT NULL,
   "keywords" TEXT,
   "position" INTEGER,
   "created_at" TEXT,
   "updated_at" TEXT,
   "deleted_at" TEXT
);
CREATE TABLE "notes" (
   "id" TEXT PRIMARY KEY,
   "workshop_id" TEXT NOT NULL REFERENCES "workshops"("id"),
   "focus_area_id" TEXT NOT NULL REFERENCES "focus_areas"("id"),
   "category_id" TEXT NOT NULL REFERENCES "categories"("id"),
   "text" TEXT NOT NULL,
   "group_name" TEXT DEFAULT '',
   "author" TEXT DEFAULT '',
   "colour" TEXT DEFAULT '',
   "x" REAL,
   "y" REAL,
   "theme_id" TEXT REFERENCES "themes"("id"),
   "hidden" INTEGER DEFAULT 0,
   "created_at" TEXT NOT NULL,
   "updated_at" TEXT,
   "deleted_at" TEXT
);
CREATE TABLE "conclusions" (
   "workshop_id" TEXT REFERENCES "workshops"("id"),
   "focus_area_id" TEXT REFERENCES "focus_areas"("id"),
   "text" TEXT,
   "updated_at" TEXT,
   PRIMARY KEY ("workshop_id", "focus_area_id")
);
CREATE INDEX "idx_focus_areas_workshop_id"
    ON "focus_areas" ("workshop_id");
CREATE INDEX "idx_categories_workshop_id"
    ON "categories" ("workshop_id");
CREATE INDEX "idx_themes_workshop_id"
    ON "themes" ("workshop_id");
CREATE INDEX "idx_notes_workshop_id"
    ON "notes" ("workshop_id");
CREATE INDEX "idx_notes_theme_id"
    ON "notes" ("theme_id");
INSERT INTO "_sqlite_migrations" VALUES (1, 'workshop_app', '0001_initial', '2025-01-01 00:00:00+00:00');
INSERT INTO "workshops" ("id", "title", "created_at", "updated_at")
    VALUES ('w1', 'Gammal workshop', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
INSERT INTO "focus_areas" VALUES ('a1', 'w1', 'Samverkan', NULL, NULL, 0);
INSERT INTO "categories" VALUES ('c1', 'w1', 'obstacle', 'hinder', NULL, NULL, NULL, 0);
INSERT INTO "notes" ("id", "workshop_id", "focus_area_id", "category_id", "text", "created_at")
    VALUES ('n1', 'w1', 'a1', 'c1', 'Vårdcentralen svarar inte', '2025-01-01T00:00:00Z');
PRAGMA application_id = 1314275652;  -- 0x4E564144
PRAGMA user_version = 1;
