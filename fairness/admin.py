# Deliberately empty: self-declarations and follow-up answers are never shown per person, not
# even to staff in the admin. Staff read the aggregated figures at /equite/plateforme/.
