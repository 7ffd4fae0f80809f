made: Bruno app Timeline pane copied as text (request line, "Request Headers" and "Response Headers" as "name: value" rows under headings, then the body); values of /list
