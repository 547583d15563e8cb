"""Task obligations: who must act, what, with whom, by when.

Stages, one module each: `outline` (the body and its attachments as a tree of
items), `reading` (one sentence -> the duty it states; who a heading names),
`blocks` (a plan's items with their field lines), `tables` (task tables), `build`
(one Task), `find` (the document's tasks), `addressed` ("Quý Ủy ban", "Công ty" ->
the letter's addressees).
"""
from extractors.tasks.addressed import addressed
from extractors.tasks.find import find_tasks

__all__ = ["addressed", "find_tasks"]
