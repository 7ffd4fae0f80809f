REM Hand-made, not captured: no Windows machine was at hand. Written from the documented output of
REM Windows PowerShell 5.1 for the command below: the Headers dictionary as a Key / Value table,
REM saved by Out-File with its default encoding: UTF-16LE with a byte-order mark, CRLF line ends.
powershell -Command "(Invoke-WebRequest http://127.0.0.1:18089/ok).Headers | Out-File made-ps51-headers-table.txt"
