progs/golog/golog zerologconsole $U/list $U/none
