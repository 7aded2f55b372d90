"""bioX Missions: offline-first desktop application for life-sciences trade missions."""

__version__ = "0.1.0"
