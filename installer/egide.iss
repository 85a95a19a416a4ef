; Inno Setup script for Égide on Windows (per-user install, no administrator rights needed).
; Build the PyInstaller folder first (installer/egide.spec), then: iscc installer\egide.iss
#define AppName "Égide"
#define AppVersion "0.1.0"

[Setup]
AppId={{6B1E5C2A-7D3F-4F0B-9E51-2C8A4E0D7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Préfecture — bureau de la sécurité
DefaultDirName={localappdata}\Programs\Egide
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputBaseFilename=Egide-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "..\dist\Egide\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Egide.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\Egide.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Créer une icône sur le Bureau"; Flags: unchecked

; The vault and its backups live in the user's data folder (%LOCALAPPDATA%\Egide): the
; uninstaller never deletes them.
