//! playbooks (in progress)
