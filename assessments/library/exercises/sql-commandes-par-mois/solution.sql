SELECT strftime('%Y-%m', date) AS mois, COUNT(*) AS nombre, SUM(montant_cents) AS total
FROM commandes
GROUP BY strftime('%Y-%m', date)
ORDER BY mois;
