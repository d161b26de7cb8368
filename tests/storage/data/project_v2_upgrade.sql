-- What version 2 of the app (workshop-app 0.1.0) added to a version-1 file, frozen here.
CREATE TABLE "settings" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT NOT NULL
);
INSERT INTO "_sqlite_migrations" VALUES (2, 'workshop_app', '0002_settings', '2025-02-01 00:00:00+00:00');
PRAGMA user_version = 2;
