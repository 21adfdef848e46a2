-- R-S4: the qualification documents a major category requires, as the admin lists them: [{code, nameEn, nameZh}]
ALTER TABLE categories ADD COLUMN required_qualifications JSONB NOT NULL DEFAULT '[]';
