; Inno Setup script: a per-user installer for Windows that needs no administrator rights.
; Build the bundle first (python packaging\build.py), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\workshoptavlan.iss
; The installer lands in dist\installer\.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Workshoptavlan"
#define AppId "se.workshoptavlan.Workshoptavlan"
#define AppExe "workshop-app.exe"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Workshoptavlan
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
DisableProgramGroupPage=yes
OutputDir=..\..\dist\installer
OutputBaseFilename=Workshoptavlan-{#AppVersion}-setup
SetupIconFile=..\..\resources\app\workshoptavlan.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\workshop-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a .workshop file opens it in the app (per user: HKA is HKCU without admin rights).
Root: HKA; Subkey: "Software\Classes\.workshop"; ValueType: string; ValueName: ""; ValueData: "Workshoptavlan.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Workshoptavlan.Project"; ValueType: string; ValueName: ""; ValueData: "Workshopprojekt"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Workshoptavlan.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Workshoptavlan.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
