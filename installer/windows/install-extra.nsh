  ; File associations for the current user (no administrator rights needed).
  WriteRegStr HKCU "Software\Classes\.lpdb" "" "Lianping.Database"
  WriteRegStr HKCU "Software\Classes\.lpkg" "" "Lianping.Package"
  WriteRegStr HKCU "Software\Classes\Lianping.Database" "" "Lianping database"
  WriteRegStr HKCU "Software\Classes\Lianping.Database\DefaultIcon" "" "$INSTDIR\bin\lianping.exe,0"
  WriteRegStr HKCU "Software\Classes\Lianping.Database\shell\open\command" "" '"$INSTDIR\bin\lianping.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\Lianping.Package" "" "Lianping exchange package"
  WriteRegStr HKCU "Software\Classes\Lianping.Package\DefaultIcon" "" "$INSTDIR\bin\lianping.exe,0"
  WriteRegStr HKCU "Software\Classes\Lianping.Package\shell\open\command" "" '"$INSTDIR\bin\lianping.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
