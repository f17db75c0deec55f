  ; Removes the file associations only: databases and backups in the user's data folder
  ; (%APPDATA%\Lianping) are the user's work and stay where they are.
  DeleteRegKey HKCU "Software\Classes\Lianping.Database"
  DeleteRegKey HKCU "Software\Classes\Lianping.Package"
  DeleteRegKey HKCU "Software\Classes\.lpdb"
  DeleteRegKey HKCU "Software\Classes\.lpkg"
