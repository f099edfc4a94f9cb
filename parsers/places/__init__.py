"""Places: KATOTTG (Ukraine), foreign places and their one resolver, with the builders beside them."""
