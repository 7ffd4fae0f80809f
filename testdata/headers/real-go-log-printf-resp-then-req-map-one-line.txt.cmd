progs/golog/golog printf $U/list $U/rep
