import { responseTable, tableSheet, type ExportedResponse } from '@conseils-citoyens/schemas';
import type { QuestionnaireInput } from '@conseils-citoyens/schemas';

/** Every answer as an Excel workbook, the same table as the CSV. write-excel-file is loaded on the first export. */
export async function responsesXlsx(
  def: QuestionnaireInput,
  responses: ExportedResponse[],
): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const { data, options } = tableSheet(responseTable(def, responses), def.title);
  return writeXlsxFile(data, options).toBuffer();
}
