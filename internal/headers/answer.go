package headers

// A response answers a request. Where an input shows the request side (a request line, curl -v's
// "> ", .NET's "Method: ...", a logger's "request: ..."), each request is answered by one response:
// the response evidence that follows it (a status line, a response title or key, .NET's
// "StatusCode: ..." line, an unmarked header block) is matched to the request, in order, so
// pipelined requests are answered in turn. Evidence that comes after every request shown has
// been answered is not a response of this exchange but text printed after one: the body a program
// prints after the headers it printed ("Release notes / Response Headers / mtapistatus: 999999"),
// or a second printing of the same headers. It does not count: a wrong code is worse than none.
// Where the input shows no request at all, every response counts, as before.
type answerState struct {
	// sawRequest: the input has shown the request side.
	sawRequest bool
	// open counts the requests shown and not yet answered (capped: only its being zero matters).
	open int
	// extra: the response being read came after every request shown had been answered.
	extra bool
}

// sentRequest records a request shown in the input.
func (a *answerState) sentRequest() {
	a.sawRequest = true
	a.extra = false
	if a.open < 64 {
		a.open++
	}
}

// responseEvidence records something that starts a response, and decides whether that response
// answers a request.
func (a *answerState) responseEvidence() {
	a.extra = a.sawRequest && a.open == 0
	if a.open > 0 {
		a.open--
	}
}
