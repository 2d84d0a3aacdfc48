# MESSY ON PURPOSE: the starting point of the exercises in the good coding practice module.
# This file breaks PEP 8, ruff's rules and mypy's checks on purpose, so students have
# something to clean up. Automated lint of the course's exercise files must skip it
# (every file whose name ends in _messy.py). The cleaned version is utils_solution.py.
import torch
import os, sys
import json
from typing import Dict, Optional
from pathlib import Path
import random
def set_seed(seed):
    random.seed(seed)
    torch.manual_seed(seed)
def count_parameters(model, trainable_only=True):
    total=0
    for name, p in model.named_parameters():
        if trainable_only==True and not p.requires_grad:
            continue
        total+=p.numel()
    return total


def accuracy(logits: torch.Tensor, targets: torch.Tensor) -> float:
    '''computes accuracy'''
    predictions = logits.argmax(dim = 1)
    return (predictions == targets).float().mean()


def class_counts(targets, num_classes = 10) -> Dict[int,int]:
    counts = {}
    for c in range(num_classes): counts[c] = int((targets == c).sum())
    return counts


def latest_checkpoint(folder: Path) -> Optional[Path]:
    files = sorted(folder.glob('*.pt'), key=lambda f: f.stat().st_mtime)
    if len(files) == 0:
        return None
    return files[-1]


def describe_checkpoint(folder: Path) -> str:
    path = latest_checkpoint(folder)
    size_kb = path.stat().st_size / 1024
    return f'{path.name} ({size_kb:.0f} kB)'


def save_checkpoint(model, path, metadata={}):
    l = len(metadata)
    metadata['n_parameters'] = count_parameters(model)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    torch.save(model.state_dict(), path)
    try:
        with open(str(path).replace('.pt', '.json'), 'w') as f:
            json.dump(metadata, f, indent = 2)
    except:
        print(f'could not write the metadata')
