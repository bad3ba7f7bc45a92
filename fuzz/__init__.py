"""The fuzzing campaign: hypothesis strategies for what users and attackers feed the project, the targets they are
fed to, and a command that runs them for a time budget and prints how many inputs each target tried
(``python -m fuzz``). ``tests/test_fuzz.py`` runs every target briefly in the test suite; crashers found become
regression tests there."""
