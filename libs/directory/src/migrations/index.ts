import { DirectoryBase1795422808883 } from './1795422808883-directory-base';
import { MemberNameGrams1795424282804 } from './1795424282804-member-name-grams';

export const directoryMigrations = [DirectoryBase1795422808883, MemberNameGrams1795424282804];
