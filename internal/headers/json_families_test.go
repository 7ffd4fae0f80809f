package headers

import "testing"

// TestJSONFamilies checks what the key sets and the frames' slots can hold: at most
// maxJSONFamilies families, each named, with keys that keyClass can find.
func TestJSONFamilies(t *testing.T) {
	fams := keySets().families
	if len(fams) == 0 || len(fams) > maxJSONFamilies {
		t.Fatalf("%d JSON families; the key sets' bits and the frames' slots hold 1 to %d", len(fams), maxJSONFamilies)
	}
	for i, fam := range fams {
		if fam.name == "" || fam.member == nil && fam.open == nil && fam.statusKeys == nil && fam.headerPrefixes == nil {
			t.Errorf("family %d (%q) is unnamed or reads nothing", i, fam.name)
		}
		for _, set := range []struct {
			bit  uint32
			keys []string
		}{{keyMemberOf << i, fam.keys}, {keyOpenOf << i, fam.opens}, {keyStatus, fam.statusKeys}} {
			for _, k := range set.keys {
				if keyClass([]byte(k))&set.bit == 0 {
					t.Errorf("%s: keyClass(%q) lacks its bit: keys are shorter than 33 bytes", fam.name, k)
				}
			}
		}
		if len(fam.keys) > 0 && fam.member == nil || len(fam.opens) > 0 && fam.open == nil {
			t.Errorf("%s: keys without the function that reads them", fam.name)
		}
	}
}

// TestJSONSlots checks that a family's byte is its own, and that a frame reused from the free list
// starts with every family's state zero.
func TestJSONSlots(t *testing.T) {
	var f frame
	for s := range jsonSlot(maxJSONFamilies) {
		s.set(&f, uint8(s)+1)
	}
	for s := range jsonSlot(maxJSONFamilies) {
		if got := s.of(&f); got != uint8(s)+1 {
			t.Errorf("slot %d holds %d, want %d", s, got, s+1)
		}
	}
	jsonSlot(3).set(&f, 0)
	if jsonSlot(2).of(&f) != 3 || jsonSlot(3).of(&f) != 0 || jsonSlot(4).of(&f) != 5 {
		t.Errorf("clearing slot 3 touched its neighbours: %x", f.slots)
	}
	// An event's state must not outlive its object: the frame of the second object is the first's.
	checkCases(t, []parseCase{
		{"a frame's slot is reset", `[{"method":"Network.requestWillBeSent","params":{"headers":{"mtapistatus":"555001"}}},{"method":"Network.responseReceivedExtraInfo","params":{"headers":{"mtapistatus":"617020"},"statusCode":400}}]`, "[400|617020]"},
	})
}

// tshark -T json -e: each field a list of its values; a packet's layers object is a response when
// it has a code, and a line of chatter before the document (tshark's warning when run as root, on
// stderr) does not keep the json reader from it.
func TestTsharkFields(t *testing.T) {
	const doc = `[
  {
    "_source": {
      "layers": {
        "frame.number": ["4"],
        "http.request.line": ["Host: h\r\n", "mtapistatus: 555001\r\n"]
      }
    }
  },
  {
    "_source": {
      "layers": {
        "frame.number": ["6"],
        "http.response.code": ["400"],
        "http.response.line": ["Content-Type: text/plain\r\n", "Mtapistatus: 617020,901001\r\n", "X-Note: retry after mtapistatus: 555004\r\n"]
      }
    }
  },
  {
    "_source": {
      "layers": {
        "frame.number": ["9"],
        "http.response.code": ["404"],
        "http.response.line": ["Mtapistatus: 4041003\r\n"]
      }
    }
  }
]
`
	checkCases(t, []parseCase{
		{"tshark -T json -e", doc, "[400|617020,901001][404|4041003]"},
		{"after a line of chatter", "Running as user \"root\" and group \"root\". This could be dangerous.\n" + doc, "[400|617020,901001][404|4041003]"},
		{"a code without header lines", `[{"_source":{"layers":{"http.response.code":["302"]}}}]`, "[302|-]"},
	})
}
