"""Which asks convert: the analysis of outcome logs for trainers.

Modules, one job each:

- :mod:`.conversion`: the funnel, ask -> yes by group, Wilson intervals;
- :mod:`.adjusted`: logistic regression of a yes on the practices;
- :mod:`.winback`: how often a maybe or a no was won back;
- :mod:`.followup`: show-up by follow-up;
- :mod:`.organizers`: the coaching table with empirical-Bayes shrinkage;
- :mod:`.findings`: plain-language sentences;
- :mod:`.plots`: figures, each with a text summary;
- :mod:`.summary`: everything as one JSON-ready dictionary;
- :mod:`.text`: the readable text report of that dictionary;
- :mod:`.report`: the trainer notebook run with papermill, exported to HTML.

Nothing is imported here, so ``import commonground.analysis`` stays cheap.
"""
