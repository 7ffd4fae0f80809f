package codes

// parse builds a catalogue from the four documents, as Load does from files.
func parse(catalogueDoc, controllersDoc, revisionsDoc, namesDoc string) (*Catalogue, error) {
	c, problems := build(catalogueDoc, controllersDoc, revisionsDoc, namesDoc, true)
	if len(problems) > 0 {
		return nil, problems
	}
	return c, nil
}
