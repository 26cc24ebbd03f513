import type { Resolvers } from '../../generated/graphql';
import { connectionResolvers } from '../../shared/pagination';
import { authorOf, required, rowField } from '../../shared/resolver-helpers';
import { cursorsSelected, rowFieldsSelected } from '../../shared/selection';
import { rowReads } from '../../reads';
import { SIPRI_ATTRIBUTION } from './arms-transfers.service';

export const armsTransferResolvers: Resolvers = {
  Query: {
    armsTransfer: (_parent, { id }, { services }) => services.armsTransfers.getById(id),
    armsTransfers: (_parent, { filter, orderBy, first, after }, { services }, info) => {
      const fields = rowFieldsSelected(info, rowReads('ArmsTransfer'), ['nodes'], ['edges', 'node']);
      return services.armsTransfers.list(filter, orderBy ?? 'DELIVERY_YEAR_DESC', { first, after }, fields && { fields, cursors: cursorsSelected(info) });
    },
  },
  Mutation: {
    createArmsTransfer: (_parent, { input }, context) => context.services.armsTransfers.create(input, authorOf(context)),
    updateArmsTransfer: (_parent, { id, input }, context) => context.services.armsTransfers.update(id, input, authorOf(context)),
    deleteArmsTransfer: (_parent, { id }, context) => context.services.armsTransfers.delete(id, authorOf(context)),
  },
  ArmsTransfer: {
    id: (transfer) => String(transfer.id),
    supplier: (transfer, _args, { services, batches }) => required(services.actors.byId(batches, rowField(transfer, 'supplierId')), 'Supplier'),
    recipient: (transfer, _args, { services, batches }) => required(services.actors.byId(batches, rowField(transfer, 'recipientId')), 'Recipient'),
    source: (transfer, _args, { services, batches }) => required(services.sources.byId(batches, rowField(transfer, 'sourceId')), 'Dataset source'),
  },
  ArmsTransferConnection: { ...connectionResolvers, attribution: () => SIPRI_ATTRIBUTION },
};
