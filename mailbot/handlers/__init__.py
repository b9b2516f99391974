"""One module per event. Each handler decides via the domain and commits state + outbox."""
