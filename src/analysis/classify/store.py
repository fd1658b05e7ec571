"""Where trained models live: the project's data/models/, else the default shipped in the package.

Training writes into the project, never into the installed package; the classifier uses the
project's model when there is one. Kept apart from `model` so that finding a model imports no
machine-learning library.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

MODEL_FILES = ("model.json", "weights.npz")


def shipped_model_dir() -> Path:
    """The default model shipped inside the package."""
    return Path(str(resources.files("analysis").joinpath("data", "model")))


def model_dir_for(project_models: Path | None) -> Path:
    """The project's own trained model when it has one, else the shipped default."""
    if project_models is not None and (project_models / MODEL_FILES[0]).is_file():
        return project_models
    return shipped_model_dir()
