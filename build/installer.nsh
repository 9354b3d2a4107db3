; Windows: Parallax appears under "Open with" for article files and never becomes their default app.
; It registers a ProgID of its own and lists it in each extension's OpenWithProgids, without touching
; the extension's default value (the ProgID Windows opens it with).
; https://learn.microsoft.com/en-us/windows/win32/shell/fa-progids
; https://learn.microsoft.com/en-us/windows/win32/shell/how-to-include-an-application-on-the-open-with-dialog-box

!define PARALLAX_PROGID "Parallax.Article"

!macro parallaxOpenWith EXT
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${PARALLAX_PROGID}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
!macroend

!macro parallaxNotOpenWith EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${PARALLAX_PROGID}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${PARALLAX_PROGID}" "" "Article"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${PARALLAX_PROGID}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${PARALLAX_PROGID}\shell\open" "FriendlyAppName" "${PRODUCT_NAME}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${PARALLAX_PROGID}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro parallaxOpenWith txt
  !insertmacro parallaxOpenWith text
  !insertmacro parallaxOpenWith md
  !insertmacro parallaxOpenWith markdown
  !insertmacro parallaxOpenWith html
  !insertmacro parallaxOpenWith htm
  !insertmacro parallaxOpenWith json
  !insertmacro parallaxOpenWith pdf
  !insertmacro parallaxOpenWith docx
  !insertmacro parallaxOpenWith mhtml
  !insertmacro parallaxOpenWith mht
  !insertmacro parallaxOpenWith eml
  ; SHCNE_ASSOCCHANGED, SHCNF_FLUSH: Explorer reads the new entries now.
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)"
!macroend

!macro customUnInstall
  !insertmacro parallaxNotOpenWith txt
  !insertmacro parallaxNotOpenWith text
  !insertmacro parallaxNotOpenWith md
  !insertmacro parallaxNotOpenWith markdown
  !insertmacro parallaxNotOpenWith html
  !insertmacro parallaxNotOpenWith htm
  !insertmacro parallaxNotOpenWith json
  !insertmacro parallaxNotOpenWith pdf
  !insertmacro parallaxNotOpenWith docx
  !insertmacro parallaxNotOpenWith mhtml
  !insertmacro parallaxNotOpenWith mht
  !insertmacro parallaxNotOpenWith eml
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${PARALLAX_PROGID}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)"
!macroend
