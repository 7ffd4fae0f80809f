REM Hand-made, not captured: no Windows machine was at hand. Written from the documented output of
REM Windows PowerShell 5.1 for the command below: the response object in its list view (StatusCode,
REM StatusDescription, Content, RawContent cut at 200 characters with "...", Forms, Headers as
REM {[name, value], ...} cut to $FormatEnumerationLimit = 4 entries, ...), wrapped at a 120-column
REM console, and saved by ">" as Out-File does: UTF-16LE with a byte-order mark, CRLF line ends.
powershell -Command "Invoke-WebRequest http://127.0.0.1:18089/ok > made-ps51-iwr.txt"
