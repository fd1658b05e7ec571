"""Report: the tables, charts and documents of a year's meeting pack.

`tables` computes each chart's numbers, `figures` draws them, `charts` is the registry pairing
the two, `privacy` masks personal data, and `document` writes the figures, the HTML report and
the workbook.
"""
