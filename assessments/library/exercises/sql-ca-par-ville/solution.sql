SELECT clients.ville, SUM(commandes.montant_cents) AS total
FROM clients
JOIN commandes ON commandes.client_id = clients.id
GROUP BY clients.ville
ORDER BY total DESC, clients.ville;
