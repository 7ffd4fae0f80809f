Hand-made: PowerShell is not installed here. Written from the shape PowerShell 7 prints for
Invoke-WebRequest -SkipHttpErrorCheck http://127.0.0.1:18089/error | Format-List (the default view of a
BasicHtmlWebResponseObject): "Name : value" properties, RawContent's raw response continued on
indented lines, Headers as {[name, value], ...}. The body in Content and RawContent must not count.
