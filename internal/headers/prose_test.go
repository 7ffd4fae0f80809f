package headers

import "testing"

// A line counts as a log line's field only where it stands as one: never in a sentence, a command
// typed at a prompt, markup, or the arguments of a call that sends a request (from the second fresh
// audit's captures: a Zendesk ticket, a GitLab log, a tmux pane, an HTML body).
func TestNeverProseCommandsOrScripts(t *testing.T) {
	checkCases(t, []parseCase{
		{"a sentence", "we tried mtapistatus: 617020 yesterday\n", ""},
		// audit7: a field in parentheses inside a ticket's sentence, a cell of a pasted sheet.
		{"a field in parentheses inside a sentence", "Our app sends a test header (mtapistatus: 555002) on every call, and we expected the success code (mtapistatus: 617000).\n", ""},
		{"a status and the field in a sentence", "According to the wiki it should return 400 (mtapistatus 617000).\n", ""},
		{"what was expected, on one line", "Expected: 400 (mtapistatus 617000)\n", ""},
		{"a sentence with the status before the field", "we expect 400 with mtapistatus: 617000\n", ""},
		{"the docs' words around a bracketed field", "The docs say PUT returns 400 [mtapistatus=617000] for future dates.\n", ""},
		{"a key=value field before the name is a log's", "upstream answered status=400 mtapistatus=617020\n", "[400|617020]"},
		{"a log line's field in parentheses", "2026-11-25 10:00:06,002 ERROR request failed (MtApiStatus=4041001)\n", "[0|4041001]"},
		{"a printed object's member in parentheses", "Response(mtapistatus: 617020)\n", "[0|617020]"},
		{"words in a pasted sheet's cell", "21:40:01\t/api/list\t400\tX-Note said retry after mtapistatus: 555004\n", ""},
		{"a ticket's prose", "Hi, the response header mtapistatus: 617021 comes back; our client also sends mtapistatus: 555001 as a tag.\n", ""},
		{"a field quoted in prose", "Could you tell us what 'mtapistatus=901001' means?\n", ""},
		{"a field quoted at a sentence's start (a chat message)", "`mtapistatus: 617027` on POST /assignments, every time\nand `617028` on DELETE.\n", ""},
		{"a field quoted alone is still a field", "`mtapistatus: 617027`\n", "[0|617027]"},
		{"a level and a colon still mark a log line", "Error: upstream returned mtapistatus: 617020, 901002\n", "[0|617020,901002]"},
		{"a timestamp still marks a log line", "2026-11-25 10:00:01 upstream said mtapistatus: 617020\n", "[0|617020]"},
		{"logfmt", "level=info msg=done mtapistatus=617020\n", "[0|617020]"},
		{"a command at a prompt", "$ export MTAPI_HDR='mtapistatus: 555002'\n", ""},
		{"a command at a host's prompt", "dev@box:~$ echo mtapistatus=555003\n", ""},
		{"PowerShell's prompt", "PS C:\\> iwr http://x -Headers @{mtapistatus='555004'}\n", ""},
		{"a wrapped argument's rest", ":retry after mtapistatus: 555004'\n", ""},
		{"markup", "<p>Response Headers<br>mtapistatus: 999999</p>\n", ""},
		{"curl's > after a prefix not learned", "2026-12-07T10:00:00Z > mtapistatus: 555001\n", ""},
		{"Apache's >> after a logger's fields", "DEBUG [main] http-outgoing-0 >> mtapistatus: 555001\n", ""},
		{"a Ruby arrow is still a field's mark", "-> mtapistatus=617020 x=1\n", "[0|617020]"},
		{"a script's fetch", "<script>fetch('/list',{headers:{'mtapistatus':'555001'}})</script>\n", ""},
		{"a request written as a string in pieces (Node's util.inspect of _header)",
			"      _header: 'GET /list HTTP/1.1\\r\\n' +\n        'mtapistatus: 555001\\r\\n' +\n        'Host: x\\r\\n' +\n        '\\r\\n',\n", ""},
	})
}
