package headers

// Role says which side of an exchange a record was read on. Readers decide it from evidence (a
// status line, a request line, a tool's own direction marks, a response key), never by default.
type Role uint8

const (
	// RoleResponse: the record belongs to a response.
	RoleResponse Role = iota
	// RoleRequest: the record belongs to a request (its headers, a command line, a printed
	// request object): it never counts.
	RoleRequest
	// RoleOther: the record is neither side's: text printed after every request shown was
	// answered (a body, a second printing), or inside another field's value. It never counts.
	RoleOther
)

func (r Role) String() string {
	switch r {
	case RoleRequest:
		return "request"
	case RoleOther:
		return "other"
	}
	return "response"
}

// Kind says what a record is.
type Kind uint8

const (
	// KindStatus starts a message: a status line, a status field, or the first field of a header
	// block that has none (Status and Code are then empty). It ends the message before it.
	KindStatus Kind = iota + 1
	// KindField is an mtapistatus field, or the head of one whose value goes on (Partial).
	KindField
	// KindContinuation is more of the value of the field above it: a folded line, or the rest of a
	// line longer than the buffer (Partial until the last piece).
	KindContinuation
	// KindEnd ends the message.
	KindEnd
)

// Record is what a reader emits and the decision layer (decide.go) reads: readers say what they
// saw, and only the decision layer says what counts.
type Record struct {
	Role Role
	Kind Kind
	// Value is the field's value as read (KindField, KindContinuation).
	Value []byte
	// NameOnly: a KindField whose value comes on a later line, as a KindContinuation (browser
	// developer tools copy "mtapistatus:" and its value apart).
	NameOnly bool
	// Partial: the value goes on in the next KindContinuation record.
	Partial bool
	// Status and Code are the status line and the HTTP status (KindStatus), either may be empty.
	Status string
	Code   int
	// Line is the input line the record was read on, counted from 1.
	Line int
	// Why is the reader's reason for a role other than response, for --explain.
	Why string
}

// Outcome is what reading one input came to, beside its responses: what its caller tells the user
// about it (Notices).
type Outcome struct {
	// Responses counts the responses reported; Requests the requests the input showed.
	Responses, Requests int
	// PassedRequest and PassedOther count the lines that name the header and were passed over: on
	// the request side (request headers, a command line, a printed request), or in a body or text
	// printed after every request was answered. FirstPassed is the line of the first of them.
	PassedRequest, PassedOther, FirstPassed int
}

// Notice is something to tell the user about an input, beside its responses.
type Notice uint8

const (
	// NoHeaders: no response headers at all (a body printed without them, curl -s without -i).
	NoHeaders Notice = iota + 1
	// RequestOnly: the input shows requests and no response.
	RequestOnly
	// PassedOver: lines naming the header were passed over (Outcome says how many, and where).
	PassedOver
)

// Notices says what to tell the user about an input, most important first.
func (o Outcome) Notices() []Notice {
	var n []Notice
	switch {
	case o.Responses == 0 && o.Requests > 0:
		n = append(n, RequestOnly)
	case o.Responses == 0:
		n = append(n, NoHeaders)
	}
	if o.PassedRequest+o.PassedOther > 0 {
		n = append(n, PassedOver)
	}
	return n
}
