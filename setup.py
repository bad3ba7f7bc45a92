"""What pyproject.toml cannot say: the seed articles stay in seeds/ at the top of the project (the README's commands
read them there) and are installed as the package ``timeline.seeds``, so ``timeline serve`` from a wheel finds them."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[*find_namespace_packages(include=["timeline*", "dashboard*"], exclude=["dashboard.plotly_bundle*"]),
              "timeline.seeds"],
    package_dir={"timeline.seeds": "seeds"},
)
