Hand-made: IIS does not run here (no Windows). Written from the documented W3C extended log format
(https://www.w3.org/TR/WD-logfile.html and IIS's "W3C logging fields" documentation): #Software,
#Version, #Date and #Fields directives; fields separated by spaces; "-" for an empty field; spaces
inside a field written as "+". The custom field sc(mtapistatus) is the response header, as IIS 10's
custom logging fields name a response header; a second #Fields block names a plain "mtapistatus".
