progs/golog/golog logrustext $U/list $U/rep
