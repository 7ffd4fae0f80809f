package headers

import "testing"

// A PowerShell prompt titles its command's output: the output of a variable the session set from a
// literal, or from Invoke-RestMethod's body, never counts; any other command's output is read.
func TestPowerShellPrompts(t *testing.T) {
	const lit = "PS C:\\Users\\me> $req = @{ mtapistatus = '555002' }\r\n"
	checkCases(t, []parseCase{
		{"a literal's hashtable shown at the prompt",
			lit + "PS C:\\Users\\me> $req\r\n\r\nName                           Value\r\n----                           -----\r\nmtapistatus                    555002\r\n\r\n",
			""},
		{"a body returned by Invoke-RestMethod",
			"PS C:\\> $body = Invoke-RestMethod https://h/x -ResponseHeadersVariable h\r\nPS C:\\> $body.errors\r\nmtapistatus: 999999\r\nPS C:\\> $h\r\n\r\nKey            Value\r\n---            -----\r\nmtapistatus    {617020,901001}\r\n",
			"[0|617020,901001]"},
		{"the output ends at the next prompt",
			lit + "PS C:\\> $req\r\nmtapistatus                    555002\r\nPS C:\\> Get-Content resp.txt\r\nmtapistatus: 617020\r\n",
			"[0|617020]"},
		{"a variable set again from elsewhere is read",
			lit + "PS C:\\> $req = Get-Content resp.txt\r\nPS C:\\> $req\r\nmtapistatus: 617020\r\n",
			"[0|617020]"},
		{"a bare PS> prompt", "PS> $b = irm https://h/x\nPS> $b\nmtapistatus: 999999\n", ""},
		{"no prompt: a line that starts with PS is text", "PSA: read this\nmtapistatus: 617020\n", "[0|617020]"},
	})
}
