package render

// Response writes one response. Plain records, one per value and entry (or one for a response
// without the header): source, response index, HTTP status, value, code, status, name, controller,
// message.
func (p *Printer) Response(v Response) { p.response(&v) }
