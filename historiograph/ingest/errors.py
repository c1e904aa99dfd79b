"""The one error type of ingest: a file and what is wrong with it, in one line."""


class IngestError(Exception):
    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
