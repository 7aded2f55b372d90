; Inno Setup script for bioX Missions on Windows: a per-user install (no administrator rights),
; a Start menu entry, an optional desktop icon and an uninstaller.
;
; Built from the PyInstaller one-folder output (dist\bioX Missions) by:
;   iscc /DAppVersion=0.1.0 /DSourceDir="dist\bioX Missions" /DIconFile=build\icons\biox.ico installers\windows\biox.iss
; AppVersion comes from pyproject.toml (the CI workflow reads it and passes it here).

#ifndef AppVersion
  #error AppVersion must be given: /DAppVersion=x.y.z (from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\bioX Missions"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\biox.ico"
#endif

[Setup]
AppId={{6A0F3B7C-9E43-4C1B-A6E2-5B1D0C7F2E91}
AppName=bioX Missions
AppVersion={#AppVersion}
AppVerName=bioX Missions {#AppVersion}
AppPublisher=bioX
DefaultDirName={localappdata}\Programs\bioX Missions
DefaultGroupName=bioX Missions
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=biox-missions-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\biox-missions.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\bioX Missions"; Filename: "{app}\biox-missions.exe"
Name: "{userdesktop}\bioX Missions"; Filename: "{app}\biox-missions.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\biox-missions.exe"; Description: "{cm:LaunchProgram,bioX Missions}"; Flags: nowait postinstall skipifsilent

; The user's data folder (%LOCALAPPDATA%\biox-missions) is kept on uninstall: it holds the
; database and its backups.
