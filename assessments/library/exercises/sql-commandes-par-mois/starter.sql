-- À vous : écrivez une requête SELECT sur les tables décrites dans l'énoncé.
SELECT 'à compléter';
