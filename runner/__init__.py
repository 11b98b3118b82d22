"""sockconf's runner: builds the cases, runs each (case, kind) alone with a
bound, judges outcomes against the expectations and stores results."""
