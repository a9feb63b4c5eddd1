from pcc_ingest.cli import app

app(prog_name="pcc-ingest")
