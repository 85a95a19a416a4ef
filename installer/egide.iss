; Inno Setup script for Égide on Windows: per-user install, no administrator rights needed.
; Build the PyInstaller folder first (`make bundle` gives dist\Egide), then:
;   iscc installer\egide.iss
;
; What the IT department gets:
; - the program in %LOCALAPPDATA%\Programs\Egide, a Start-menu entry (and a Bureau icon if asked);
; - the meeting pack (*.egide-seance) opened by Égide on a double click;
; - the data folder %LOCALAPPDATA%\Egide (vault, backups, preferences) made private to the user
;   (inheritance removed, only the user and SYSTEM), created before the first start;
; - an uninstaller that removes the program and never the data folder: vaults and backups are
;   the office's records, deleted only by a person who means it.
#define AppName "Égide"
#define AppVersion "0.1.0"
#define DataDir "{localappdata}\Egide"

[Setup]
AppId={{6B1E5C2A-7D3F-4F0B-9E51-2C8A4E0D7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Préfecture — bureau de la sécurité
DefaultDirName={localappdata}\Programs\Egide
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir=..\dist
OutputBaseFilename=Egide-{#AppVersion}-installation
SetupIconFile=..\resources\icons\egide.ico
UninstallDisplayIcon={app}\Egide.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "Créer une icône sur le Bureau"; Flags: unchecked

[Files]
Source: "..\dist\Egide\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Dirs]
; Created by the installer so that its permissions are set before any data is written;
; uninsneveruninstall: the uninstaller leaves it, with every vault and backup inside.
Name: "{#DataDir}"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Egide.exe"; Comment: "Protocole santé-sécurité-justice"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Egide.exe"; Tasks: desktopicon

[Registry]
; The meeting pack opens in Égide (per-user classes: no administrator rights needed).
Root: HKCU; Subkey: "Software\Classes\.egide-seance"; ValueType: string; ValueName: ""; ValueData: "Egide.SeanceHorsLigne"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Egide.SeanceHorsLigne"; ValueType: string; ValueName: ""; ValueData: "Séance hors ligne Égide"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Egide.SeanceHorsLigne\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Egide.exe,0"
Root: HKCU; Subkey: "Software\Classes\Egide.SeanceHorsLigne\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Egide.exe"" ""%1"""

[Run]
; The data folder private to the user: inheritance removed, full control for the user and
; SYSTEM only (the vault is encrypted; this keeps even its name and size from other accounts).
Filename: "{sys}\icacls.exe"; Parameters: """{#DataDir}"" /inheritance:r /grant:r ""{username}:(OI)(CI)F"" /grant:r ""*S-1-5-18:(OI)(CI)F"""; Flags: runhidden waituntilterminated; StatusMsg: "Protection du dossier des données…"
; The installation checked by the program itself before it is offered to the user.
Filename: "{app}\egide-cli.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Vérification de l'installation…"
Filename: "{app}\Egide.exe"; Description: "Lancer {#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote next to it; never {#DataDir}.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
