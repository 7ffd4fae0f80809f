progs/golog/golog zapjson $U/list $U/rep
