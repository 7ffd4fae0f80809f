REM Hand-made, not captured: no Windows machine was at hand. Written from the documented output of
REM Windows PowerShell 5.1 for the command below: a list of three properties, Headers printed as
REM {[name, value], ...} cut to $FormatEnumerationLimit = 4 entries and wrapped at a 120-column
REM console, saved by ">" as Out-File does: UTF-16LE with a byte-order mark, CRLF line ends. Here
REM the mtapistatus value is only in the Headers line (no RawContent to fall back on).
powershell -Command "Invoke-WebRequest http://127.0.0.1:18089/ok | Format-List StatusCode, StatusDescription, Headers > made-ps51-iwr-headers-list.txt"
