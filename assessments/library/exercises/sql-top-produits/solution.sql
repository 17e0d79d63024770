SELECT produits.nom, SUM(lignes.quantite) AS vendus
FROM produits
JOIN lignes ON lignes.produit_id = produits.id
GROUP BY produits.id, produits.nom
ORDER BY vendus DESC, produits.nom
LIMIT 3;
