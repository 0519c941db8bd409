from amiable.cli import app

app(prog_name="amiable")
