"""Égide: the préfecture's desktop application for the protocole santé-sécurité-justice."""

__version__ = "0.1.0"
