"""Selection pages: rules, ranking and decisions, and the recruiter's page of an application with
the identity reveal."""
