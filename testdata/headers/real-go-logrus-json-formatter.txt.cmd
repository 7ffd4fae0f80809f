progs/golog/golog logrusjson $U/notfound
